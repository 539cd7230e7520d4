#ifndef TALLY_CLIBXML2_SHIM_H
#define TALLY_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Foundation ships its own ICU; libxml2's ICU types clash with it ("'UErrorCode' has different
// definitions in different modules"). Tally never asks libxml2 to convert encodings through ICU.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state.
static inline void cxml_free(void *pointer) { xmlFree(pointer); }

#endif
