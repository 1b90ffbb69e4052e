/* bench_desk.c - the desk's frame time, for scripts/bench (not a test): the median and 99th
 * percentile of a busy frame (house_fire two minutes in: transcript full, units moving,
 * the clock running; update + draw + present) at 1280x720 with the software renderer,
 * against an empty frame (clear + present) on the same renderer; and the time from start
 * (entering main) to the first frame presented, scenario loaded.
 *
 * usage: desk_bench [SCENARIO ACTIONS AT_MS [FRAMES]]   (from the repository root)
 */
#include <SDL_ttf.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "desk_host.h"

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1000.0 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double pct(double *v, int n, double p) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  int i = (int)(p * (n - 1) + 0.5);
  return v[i];
}

int main(int argc, char **argv) {
  double t0 = now_ms();
  const char *scenario = argc > 1 ? argv[1] : "scenarios/house_fire.lua";
  const char *actions = argc > 2 ? argv[2] : "scenarios/house_fire.expert.json";
  int64_t at = argc > 3 ? atoll(argv[3]) : 120000;
  int frames = argc > 4 ? atoi(argv[4]) : 600;
  if (frames < 10)
    frames = 10;
  setenv("SDL_VIDEODRIVER", getenv("SDL_VIDEODRIVER") ? getenv("SDL_VIDEODRIVER") : "dummy", 1);
  if (SDL_Init(SDL_INIT_VIDEO) < 0)
    return fprintf(stderr, "desk_bench: %s\n", SDL_GetError()), 1;
  SDL_Window *w = SDL_CreateWindow("bench", 0, 0, 1280, 720, 0);
  SDL_Renderer *r = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE) : NULL;
  char *copy = xstrdup(scenario);
  DeskHostOptions ho = {dirname(copy), "/nonexistent", NULL, NULL};
  DeskHostState *hs = desk_host_new(&ho);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {"bench", DESK_PRACTICE, 1, -1, NULL};
  Error err;
  Desk *d = r ? desk_new(r, w, &host, &cfg, &err) : NULL;
  if (!d || desk_start(d, scenario, &err) < 0 || desk_draw(d, &err) < 0) {
    fprintf(stderr, "desk_bench: %s\n", d || r ? err.msg : SDL_GetError());
    return 1;
  }
  SDL_RenderPresent(r);
  double first = now_ms() - t0;
  ActionList l = {0};
  if (desk_read_actions(d, actions, &l, &err) < 0 || desk_replay(d, &l, at, &err) < 0) {
    fprintf(stderr, "desk_bench: %s\n", err.msg);
    return 1;
  }
  double *busy = xcalloc((size_t)frames, sizeof *busy),
         *empty = xcalloc((size_t)frames, sizeof *empty);
  for (int i = 0; i < frames; i++) {
    double a = now_ms();
    desk_update(d, 16);
    desk_draw(d, &err);
    SDL_RenderPresent(r);
    busy[i] = now_ms() - a;
  }
  for (int i = 0; i < frames; i++) {
    double a = now_ms();
    SDL_SetRenderDrawColor(r, 17, 21, 27, 255);
    SDL_RenderClear(r);
    SDL_RenderPresent(r);
    empty[i] = now_ms() - a;
  }
  DeskStats st;
  desk_stats(d, &st);
  double b50 = pct(busy, frames, 0.5), b99 = pct(busy, frames, 0.99), e50 = pct(empty, frames, 0.5);
  printf("%-28s %10s %10s %10s %9s\n", "desk frame, 1280x720 sw", "p50 ms", "p99 ms", "empty ms",
         "p50/p99x");
  printf("%-28s %10.2f %10.2f %10.3f %4.0fx/%.0fx\n", "busy scene (house_fire 2:00)", b50, b99, e50,
         b50 / e50, b99 / e50);
  printf("%-28s %10.1f ms (%lu strings rasterised in %d frames)\n", "start to first frame", first,
         st.rasterised, frames);
  actions_free(&l);
  free(busy), free(empty), free(copy);
  desk_free(d);
  desk_host_free(hs);
  SDL_DestroyRenderer(r);
  SDL_DestroyWindow(w);
  TTF_Quit();
  SDL_Quit();
  return 0;
}
