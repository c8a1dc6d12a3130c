package vn.vanthu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Vanthu, the document-workflow engine. Without arguments (or with {@code serve}) it starts the
 * web application; other first arguments name a command line tool.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VanthuApplication {

	public static void main(String[] args) {
		SpringApplication.run(VanthuApplication.class, args);
	}

}
