package dev.cadenza.bootstrap;

/** The service's version, from the jar manifest ({@code dev} when run from classes). */
final class Version {

  private Version() {
  }

  static String current() {
    String v = CadenzaApplication.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
