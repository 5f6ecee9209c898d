#!/usr/bin/python3
"""Reads the AT-SPI tree of a running Corroborate, as a screen reader does, and lists every
control a user can reach (focusable, or a push button) that has no name. Run it by hand through
scripts/check-accessibility.sh, which starts the app under Xvfb with the accessibility bus.

    python3 scripts/check-accessibility.py [--app corroborate] [--dump]

Exit code 0 when every reachable control is named, 1 otherwise, 2 when the app is not found.
"""
import sys

import pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TABLE,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_DATE_EDITOR,
}


def walk(node, depth, path, problems, dump):
    try:
        role = node.getRole()
        name = node.name or ""
        states = node.getState()
    except Exception:  # a node that went away while we read
        return
    showing = states.contains(pyatspi.STATE_SHOWING)
    focusable = states.contains(pyatspi.STATE_FOCUSABLE)
    here = path + [f"{node.getRoleName()}:{name[:40]!r}"]
    if dump and showing:
        print("  " * depth + f"{node.getRoleName()} {name!r}" + (" [focusable]" if focusable else ""))
    if showing and (focusable or role == pyatspi.ROLE_PUSH_BUTTON) and role in CONTROL_ROLES:
        problems.append(None)  # counted
        if not name.strip():
            problems.append(" > ".join(here[-4:]))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, here, problems, dump)


def main():
    app_name = "corroborate"
    dump = "--dump" in sys.argv
    if "--app" in sys.argv:
        app_name = sys.argv[sys.argv.index("--app") + 1]
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    apps = [a for a in apps if a is not None and (a.name or "").lower() == app_name.lower()]
    if not apps:
        print(f"check-accessibility: no application named {app_name!r} on the AT-SPI bus")
        return 2
    problems = []
    controls = 0
    for app in apps:
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            if window is None:
                continue
            print(f"window: {window.getRoleName()} {window.name!r}")
            walk(window, 1, [], problems, dump)
    checked = len(problems)
    problems = [p for p in problems if p is not None]
    for p in problems:
        print(f"UNNAMED: {p}")
    print(f"check-accessibility: {checked} reachable controls read, "
          f"{len(problems)} without a name")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
