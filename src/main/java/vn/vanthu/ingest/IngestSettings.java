package vn.vanthu.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for reading untrusted files.
 *
 * @param timeout the longest one file may take to extract (OCR included)
 * @param workerHeap the heap of the extraction worker JVM
 * @param maxFileBytes larger files are stored but not parsed
 * @param writeLimit characters of text kept from one file
 * @param ocrLanguage Tesseract language(s)
 * @param workers extraction worker processes (parallel extractions)
 * @param workerMaxResident resident size (VmRSS) past which a worker is replaced after
 * its current file; 0 for no limit
 */
@ConfigurationProperties("vanthu.library.ingest")
public record IngestSettings(@DefaultValue("120s") Duration timeout, @DefaultValue("512m") String workerHeap,
		@DefaultValue("104857600") long maxFileBytes, @DefaultValue("5000000") int writeLimit,
		@DefaultValue("vie") String ocrLanguage, @DefaultValue("1") int workers,
		@DefaultValue("640MB") DataSize workerMaxResident) {

}
