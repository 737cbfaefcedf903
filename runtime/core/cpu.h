/*
** cpu.h: may a module's AVX2 code run?
**
** The tokenizer, the furniture rules' line shapes and UTF-8 normalisation
** each have an AVX2 pass and a portable twin.  Each asks once, at start
** (a constructor), and keeps the answer.  WICRUN_NO_AVX2 in the
** environment says no on any CPU, so that the tests and check.sh can run
** both twins and compare their output, which must be the same.
*/
#ifndef WICRUN_CORE_CPU_H
#define WICRUN_CORE_CPU_H

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <stdlib.h>

/* AVX2, and BMI1 and BMI2 too when with_bmi. */
static inline int cpu_avx2_allowed(int with_bmi)
{
    __builtin_cpu_init(); /* required before asking in a constructor */
    if (getenv("WICRUN_NO_AVX2") != NULL || !__builtin_cpu_supports("avx2"))
        return 0;
    return !with_bmi ||
           (__builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2"));
}
#endif

#endif
