/**
 * Drafting rounds: a draft ("Dự thảo lần 01", 02, …) is sent for comments to people and
 * units with a deadline; answers are collected, late people are reminded, the round
 * closes at the deadline or when all have answered; the drafter synthesises the comments
 * ("Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý") and opens the next round, submits
 * the draft for approval ({@link vn.vanthu.drafting.DraftSubmittedForApproval}) or
 * abandons it. Process: {@code bpmn/drafting-round.bpmn}.
 */
package vn.vanthu.drafting;
