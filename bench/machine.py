"""Machine and date lines for benchmark reports."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path


def machine_line() -> str:
    """One line: CPU model, cores, memory, Python, date (UTC)."""
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    return (
        f"{platform.machine()}, {cpu}, {os.cpu_count()} cores{memory}, "
        f"Python {platform.python_version()}, {today}"
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (VmHWM)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
