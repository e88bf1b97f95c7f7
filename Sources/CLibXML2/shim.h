#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and its encoding.h then includes the
   system's <unicode/ucnv.h>, which clashes with the ICU module Foundation
   ships. Nothing here uses the ICU members of xmlCharEncodingHandler. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
