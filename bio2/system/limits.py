"""Operating-system limits on the work of a child process.

``bio2 aggregate`` reads untrusted files in worker processes. The strict loader bounds
the work per file (``bio2.system.yamlload``); the address-space limit set here is the
backstop behind it: whatever a file makes a worker allocate, the kernel refuses memory
beyond the limit, Python raises ``MemoryError`` in that worker, and the file is reported
as too large for memory while the other files go on.

Decisions: ``RLIMIT_AS`` (virtual address space) rather than a resident-size limit,
because Linux enforces only the former; it counts mapped but untouched memory too, so
the limit is sized from a worker's measured peak address space (about 70 MB for the
largest files the loader accepts) with room to spare. Where the platform has no such
limit (Windows has no ``resource`` module; macOS ignores ``RLIMIT_AS``) nothing is set:
the loader's bounds still hold there.
"""

from __future__ import annotations


def limit_address_space(max_bytes: int) -> bool:
    """Lower this process's address-space limit to ``max_bytes`` (never raise it above
    a hard limit already set). Returns False when the platform cannot set it."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            max_bytes = min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, hard))
    except (ValueError, OSError):
        return False
    return True
