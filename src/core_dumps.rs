//! No crash dump may hold an answer or the device key (DESIGN invariant 1): the process
//! forbids core files (RLIMIT_CORE 0) and, on Linux, marks itself not dumpable, which also
//! keeps other processes of the same user from reading its memory through ptrace or
//! /proc/<pid>/mem. What remains (swap, hibernation) is in docs/security.md.

/// Forbids core dumps for this process. Called first thing in `main`, before any secret
/// exists. A failure is reported but does not stop lantern: the organization's own
/// configuration (no core dumps, encrypted swap) is the other half of the defence.
pub fn forbid() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads the struct we pass; no memory is shared.
        if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &none) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        // SAFETY: PR_SET_DUMPABLE takes plain integers.
        if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Whether core dumps are forbidden for this process (for tests and `lantern keys check`).
pub fn forbidden() -> bool {
    #[cfg(unix)]
    {
        let mut r = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: getrlimit writes into the struct we own.
        let ok = unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut r) } == 0;
        if !ok || r.rlim_cur != 0 {
            return false;
        }
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        // SAFETY: PR_GET_DUMPABLE takes plain integers and returns the flag.
        if unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) } != 0 {
            return false;
        }
    }
    true
}
