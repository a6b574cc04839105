package dev.cadenza.adapters.rest.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that changes the catalog: who may call it is the catalog's write policy's
 * decision, asked before the body is read (see {@link CatalogWriteCheck}), not {@link SignedInWrites}'.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CatalogWrite {
}
