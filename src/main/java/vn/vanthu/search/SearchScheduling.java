package vn.vanthu.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the background outbox poller of {@link SearchIndexer}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchScheduling {

}
