/*
** test_confine.c: the OS wall behind the Lua sandbox.
**
** Each check runs in a child process (confinement cannot be undone), and
** the child reports through its exit status.  Landlock depends on the
** kernel: when it is missing the file checks are reported as such, not
** skipped silently, and the seccomp checks still run.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "host/confine.h"

static char out_dir[64];

/* Run `body` confined in a child; returns its exit status, or -1. */
static int in_confined_child(int (*body)(void))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        struct wic_error err;
        confine_process(out_dir, &err);
        _exit(body());
    }
    int status;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

static int try_exec(void)
{
    char *argv[] = {(char *)"/bin/true", NULL};
    execv("/bin/true", argv);
    return errno == EPERM ? 0 : 1;
}

static int try_fork(void)
{
    pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    return pid < 0 && errno == EPERM ? 0 : 1;
}

static int try_socket(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    return fd < 0 && errno == EPERM ? 0 : 1;
}

static int try_write_inside(void)
{
    /* writing in the output folder still works */
    char path[128];
    snprintf(path, sizeof path, "%s/ok.txt", out_dir);
    FILE *f = fopen(path, "w");
    if (f == NULL)
        return 1;
    fputs("fine\n", f);
    return fclose(f) == 0 ? 0 : 1;
}

static int landlock_status(void)
{
    return (confine_status() & CONFINE_LANDLOCK) ? 0 : 2;
}

static int try_read_outside(void)
{
    if (!(confine_status() & CONFINE_LANDLOCK))
        return 2;
    int fd = open("/etc/hostname", O_RDONLY);
    return fd < 0 ? 0 : 1;
}

static int try_write_outside(void)
{
    if (!(confine_status() & CONFINE_LANDLOCK))
        return 2;
    int fd = open("/tmp/wicrun-confine-escape", O_WRONLY | O_CREAT, 0600);
    return fd < 0 ? 0 : 1;
}

static int seccomp_status(void)
{
    return (confine_status() & CONFINE_SECCOMP) ? 0 : 1;
}

int main(void)
{
    snprintf(out_dir, sizeof out_dir, "/tmp/wicrun-confine-XXXXXX");
    if (mkdtemp(out_dir) == NULL)
        return 1;
    CHECK(in_confined_child(seccomp_status) == 0, "seccomp filter installed");
    CHECK(in_confined_child(try_exec) == 0, "execve refused");
    if (confine_blocks_processes())
        CHECK(in_confined_child(try_fork) == 0, "fork refused");
    else
        printf("# sanitizer build: fork stays allowed for LeakSanitizer\n");
    CHECK(in_confined_child(try_socket) == 0, "sockets refused");
    CHECK(in_confined_child(try_write_inside) == 0,
          "the output folder stays writable");
    int landlock = in_confined_child(landlock_status);
    if (landlock == 2)
        printf("# Landlock is not in force (no kernel support, or a "
               "sanitizer build): file access is guarded by the Lua sandbox "
               "and seccomp only\n");
    else {
        CHECK(in_confined_child(try_read_outside) == 0,
              "reading outside the output folder refused");
        CHECK(in_confined_child(try_write_outside) == 0,
              "writing outside the output folder refused");
    }
    unlink("/tmp/wicrun-confine-escape");
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", out_dir);
    if (system(command) != 0)
        printf("# could not remove %s\n", out_dir);
    return check_done();
}
