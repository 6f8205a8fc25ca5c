package se.samsyn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompoundFormsTest {
  @Test
  void theTablesTheBuildWroteHoldTheFormsTheHunspellFlagsGive() {
    CompoundForms derived = SwedishLexicons.deriveCompoundForms();
    CompoundForms read = CompoundForms.read();
    assertEquals(derived, read);
    assertEquals("kvalitet", read.beginning("kvalitets"));
    assertEquals("arbete", read.beginning("arbets"));
  }
}
