#!/usr/bin/env bash
# Render the README's pictures into docs/screens/ in both languages (offscreen, demo data, fixed time).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
shots=(
    # name-in-docs        screen                size
    "setup                setup                 1280x800"
    "setup-errors         setup-errors          1280x800"
    "sign-in              sign-in               1280x800"
    "eligible             eligible              1280x800"
    "eligible-portrait    eligible              800x1280"
    "not-eligible         not-eligible          1280x800"
    "all-busy             all-busy              1280x800"
    "callback             callback              1280x800"
    "sent                 sent                  1280x800"
    "my-referrals         my-referrals          1280x800"
    "my-referrals-month   my-referrals-month    1280x800"
    "my-credit            my-credit             1280x800"
    "my-credit-dispute    my-credit-dispute     1280x800"
    "customer-left        customer-left         1280x800"
    "not-referred         not-referred          1280x800"
    "role-card            role-card             1280x800"
    "locked               locked                1280x800"
    "change-pin           change-pin            1280x800"
    "pin-locked           pin-locked            1280x800"
    "desk                 desk                  1920x1080"
    "desk-1366            desk                  1366x768"
    "desk-with-customer   desk-with-customer    1366x768"
    "desk-outcome         desk-outcome          1366x768"
    "desk-decline         desk-decline          1366x768"
    "desk-outcome-shared  desk-outcome-shared   1366x768"
    "desk-took-part       desk-took-part        1366x768"
    "desk-fast-track-busy desk-fast-track-busy  1920x1080"
    "desk-customer-left   desk-customer-left    1366x768"
    "head-notice          head-notice           1280x800"
    "hub-offline          hub-offline           1280x800"
    "desk-hub             desk-hub              1366x768"
    "branch               branch                1920x1080"
    "branch-1366          branch                1366x768"
    "standards            standards             1920x1080"
    "standards-1366       standards             1366x768"
    "standards-credit     standards-credit      1366x768"
    "credit               credit                1920x1080"
    "credit-allocate      credit-allocate       1366x768"
    "credit-phases        credit-phases         1366x768"
    "branch-evening-notes branch-evening-notes  1920x1080"
    "branch-week          branch-week           1920x1080"
    "branch-funnel-customers branch-funnel-customers 1920x1080"
    "branch-settings      branch-settings       1366x768"
    "branch-purge         branch-purge          1366x768"
    "head-note            head-note             1920x1080"
    "staff                staff                 1366x768"
    "devices              devices               1920x1080"
    "audit                audit                 1366x768"
)
# Scrolled charts (Qt Graphs) ignore their view's clip offscreen and draw over the tabs: those shots
# are taken on a real X server (Xvfb) when there is one, where they are clipped as on a screen.
real_x=(branch-evening-notes)
for shot in "${shots[@]}"; do
    read -r name screen size <<<"$shot"
    run=()
    if [[ " ${real_x[*]} " == *" $name "* ]] && command -v xvfb-run >/dev/null; then
        run=(xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb)
    fi
    for lang in zh_CN en; do
        "${run[@]}" .venv/bin/lobby-app --lang "$lang" screenshot --screen "$screen" --size "$size" \
            --out "docs/screens/$name.$lang.png" 2>/dev/null
    done
done
