package vn.vanthu.document;

import java.util.Set;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Secrecy;

/**
 * Who may read a document, apart from readers granted one by one.
 *
 * @param issuerUnit the issuing unit, whose members read it, or {@code null}
 * @param recipientUnits units that received it (Nơi nhận), whose members read it
 * @param isPublic readable by every user (unless secret)
 * @param secrecy the secrecy mark, or {@code null}; secret documents never appear in
 * general search and are never public
 */
public record DocumentAccessRule(UnitCode issuerUnit, Set<UnitCode> recipientUnits, boolean isPublic, Secrecy secrecy) {

	public DocumentAccessRule {
		recipientUnits = Set.copyOf(recipientUnits == null ? Set.of() : recipientUnits);
	}

	public boolean isSecret() {
		return this.secrecy != null;
	}

	/** Public and not secret. */
	public boolean readableByAll() {
		return this.isPublic && !isSecret();
	}

}
