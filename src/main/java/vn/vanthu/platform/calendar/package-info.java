/**
 * The business calendar shared by all modules: Vietnam's time zone, Saturdays and Sundays
 * off, the fixed public holidays of the Labour Code 2019 (Article 112) with their nghỉ
 * bù, and the days off and make-up working days the government announces each year
 * ({@code vanthu.calendar.*}).
 */
@NamedInterface("calendar")
package vn.vanthu.platform.calendar;

import org.springframework.modulith.NamedInterface;
