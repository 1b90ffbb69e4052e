/* rng.h - the session's seeded random number generator (xoshiro256**, seeded through
 * splitmix64). The only source of chance in a session: Lua's math.random is replaced by it. */
#ifndef INCIDESK_RNG_H
#define INCIDESK_RNG_H

#include <stdint.h>

typedef struct Rng {
  uint64_t s[4];
} Rng;

void rng_seed(Rng *r, uint64_t seed);
uint64_t rng_next(Rng *r);
/* Uniform integer in [lo, hi] (lo <= hi). */
int64_t rng_range(Rng *r, int64_t lo, int64_t hi);
/* Uniform double in [0, 1). */
double rng_unit(Rng *r);
/* 64-bit FNV-1a of a string, used to mix the scenario id into the seed. */
uint64_t rng_hash_str(const char *s);

#endif
