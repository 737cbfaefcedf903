/*
** sanitizer.h: UNDER_SANITIZER is 1 in builds with AddressSanitizer.
**
** A few protections (the seccomp rules on ptrace and clone, Landlock, the
** crash handlers that clean up output files) get in the way of
** LeakSanitizer or of the sanitizer's own crash reports, so such builds
** leave them out; docs/sandbox.md says which.
*/
#ifndef WIC_SANITIZER_H
#define WIC_SANITIZER_H

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_SANITIZER 1
#endif
#endif
#ifndef UNDER_SANITIZER
#define UNDER_SANITIZER 0
#endif

#endif
