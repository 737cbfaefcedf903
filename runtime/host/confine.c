/*
** confine.c: see confine.h.
**
** The seccomp filter allows by default and refuses (EPERM) a list of
** system calls a report generator never needs.  clone is allowed only with
** CLONE_THREAD (pthread_create); clone3 answers ENOSYS so that the C
** library falls back to clone, whose flags the filter can see.  Builds
** with AddressSanitizer keep ptrace and plain clone, which LeakSanitizer
** uses at exit, and skip Landlock, since LeakSanitizer reads /proc.
*/
#include "confine.h"

#include "../core/sanitizer.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/landlock.h>
#include <sched.h>
#include <seccomp.h>
#include <stdint.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>


static int achieved;

int confine_status(void)
{
    return achieved;
}

int confine_blocks_processes(void)
{
    return !UNDER_SANITIZER;
}

static const char *const REFUSED[] = {
    "execve", "execveat", "fork", "vfork", "socket", "socketpair", "connect",
    "bind", "listen", "accept", "accept4", "sendto", "sendmsg", "recvmsg",
    "mount", "umount2", "pivot_root", "chroot", "unshare", "setns", "bpf",
    "perf_event_open", "keyctl", "add_key", "request_key", "kexec_load",
    "init_module", "finit_module", "delete_module", "process_vm_readv",
    "process_vm_writev", "userfaultfd", "io_uring_setup", "personality",
    "open_by_handle_at", "name_to_handle_at", "setuid", "setgid",
    "setreuid", "setregid", "setresuid", "setresgid", "chmod", "fchmod",
    "fchmodat", "chown", "fchown", "lchown", "fchownat", "link", "linkat",
    "symlink", "symlinkat", "mknod", "mknodat", "truncate", NULL};

static int install_seccomp(void)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (ctx == NULL)
        return -1;
    int rc = 0;
    for (const char *const *name = REFUSED; *name && rc == 0; name++) {
        int nr = seccomp_syscall_resolve_name(*name);
        if (nr == __NR_SCMP_ERROR)
            continue;
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 0);
    }
    /* signals only to ourselves (abort and raise use these) */
    pid_t self = getpid();
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(kill), 1,
                              SCMP_A0(SCMP_CMP_NE, (scmp_datum_t)self));
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(tgkill),
                              1, SCMP_A0(SCMP_CMP_NE, (scmp_datum_t)self));
    /* no typing into the user's terminal */
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1,
                              SCMP_A1(SCMP_CMP_EQ, (scmp_datum_t)TIOCSTI));
    if (!UNDER_SANITIZER) {
        if (rc == 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ptrace),
                                  0);
        /* clone without CLONE_THREAD makes a process */
        if (rc == 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone),
                                  1,
                                  SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
        int clone3 = seccomp_syscall_resolve_name("clone3");
        if (rc == 0 && clone3 != __NR_SCMP_ERROR)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), clone3, 0);
    }
    if (rc == 0)
        rc = seccomp_load(ctx);
    seccomp_release(ctx);
    return rc;
}

static int landlock_add_path(int ruleset, const char *path, uint64_t access)
{
    int fd = open(path, O_PATH | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : -1;
    struct landlock_path_beneath_attr rule = {.allowed_access = access,
                                              .parent_fd = fd};
    long rc = syscall(SYS_landlock_add_rule, ruleset,
                      LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    close(fd);
    return rc == 0 ? 0 : -1;
}

static int install_landlock(const char *out_dir)
{
#ifdef SYS_landlock_create_ruleset
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0,
                       LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 1)
        return -1;
    uint64_t read_access =
        LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
    uint64_t write_access =
        LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_FILE |
        LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_DIR;
    uint64_t handled = read_access | write_access |
                       LANDLOCK_ACCESS_FS_EXECUTE |
                       LANDLOCK_ACCESS_FS_REMOVE_DIR |
                       LANDLOCK_ACCESS_FS_MAKE_CHAR |
                       LANDLOCK_ACCESS_FS_MAKE_SOCK |
                       LANDLOCK_ACCESS_FS_MAKE_FIFO |
                       LANDLOCK_ACCESS_FS_MAKE_BLOCK |
                       LANDLOCK_ACCESS_FS_MAKE_SYM;
    struct landlock_ruleset_attr attr = {.handled_access_fs = handled};
    int ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr,
                               sizeof attr, 0);
    if (ruleset < 0)
        return -1;
    int rc = 0;
    if (out_dir != NULL)
        rc |= landlock_add_path(ruleset, out_dir, read_access | write_access);
    rc |= landlock_add_path(ruleset, "/usr/share/zoneinfo", read_access);
    rc |= landlock_add_path(ruleset, "/etc/localtime", LANDLOCK_ACCESS_FS_READ_FILE);
    if (rc == 0)
        rc = (int)syscall(SYS_landlock_restrict_self, ruleset, 0);
    close(ruleset);
    return rc == 0 ? 0 : -1;
#else
    (void)out_dir;
    return -1;
#endif
}

int confine_process(const char *out_dir, struct wic_error *err)
{
    (void)err;
    achieved = 0;
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return 0; /* neither layer below can be installed */
    if (!UNDER_SANITIZER && install_landlock(out_dir) == 0)
        achieved |= CONFINE_LANDLOCK;
    if (install_seccomp() == 0)
        achieved |= CONFINE_SECCOMP;
    return 0;
}
