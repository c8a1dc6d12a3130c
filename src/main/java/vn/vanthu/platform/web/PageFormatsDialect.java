package vn.vanthu.platform.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #fmt}, the {@link PageFormats} of the page's language (Spring
 * Boot adds every dialect bean to the template engine).
 */
@Component
class PageFormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "fmt";

	PageFormatsDialect() {
		super("vanthu-formats");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? new PageFormats(context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
