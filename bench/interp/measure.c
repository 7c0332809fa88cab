/*
** measure.c — runs a command once and reports its wall time and peak
** memory, for bench/interp/run.sh (portable where /usr/bin/time is absent,
** and with sub-millisecond timing for start-up measurements).
**
**     measure OUTFILE CMD [ARGS...]
**
** The command's stdout goes to OUTFILE ("-" keeps it), stderr is kept.
** Prints one line to stdout: "WALL_SECONDS MAXRSS_KB EXIT_STATUS CPU_SECONDS"
** (the status is 128+N when the command died of signal N; CPU is user +
** system time of the command, which unlike wall time does not count the
** time it waited for a core on a busy machine).
*/
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fputs("usage: measure OUTFILE CMD [ARGS...]\n", stderr);
    return 2;
  }
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 2;
  }
  if (pid == 0) {
    if (strcmp(argv[1], "-") != 0) {
      int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0) {
        perror(argv[1]);
        _exit(127);
      }
      close(fd);
    }
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    _exit(127);
  }
  int status = 0;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("wait4");
    return 2;
  }
  double wall = now() - t0;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
               (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
  printf("%.6f %ld %d %.6f\n", wall, ru.ru_maxrss, code, cpu);
  return 0;
}
