#ifndef TALLY_CCURL_SHIM_H
#define TALLY_CCURL_SHIM_H
#include <curl/curl.h>
// CONTRACT STUB (skeleton): typed wrappers for the variadic curl_easy_setopt & co. come with the fetcher.
#endif
