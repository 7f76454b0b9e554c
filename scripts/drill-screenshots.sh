#!/usr/bin/env bash
# Builds a drill database with four incidents one to two hours in, and takes the README
# screenshots of it plus a few more to review:
#
#   scripts/drill-screenshots.sh [OUTDIR] [WIDTHxHEIGHT]
#
# OUTDIR defaults to /tmp/shots, the screen to 1600x900 (the size of docs/screenshot*.png). The
# database is OUTDIR/drill.sqlite, recreated on every run; times are relative to now, so
# obligations are overdue as they would be in real incidents. Writes, in OUTDIR:
#   board.png           the phase board of the SEV1 outage       -> docs/screenshot.png
#   roles.png           its Roles & calls tab                    -> docs/screenshot-roles.png
#   communications.png  its Communications tab                   -> docs/screenshot-communications.png
#   leak-board.png      the data leak's board (legal sign-off voided by an edit)
#   billing-board.png   the restored over-charge's board
#   close-refusal.txt   what `warroomctl status ID closed` said when asked to close it
# Look at them before copying any to docs/.
#
# Needs the release build (cmake --preset default && cmake --build --preset default) and the
# Debian packages xvfb, xauth, xdotool, x11-utils and imagemagick. The one step the command line cannot do,
# editing a signed-off draft, is done in the GUI on a 1920x1080 virtual screen by clicking at
# fixed positions; the script checks the result in the database and stops if it did not happen.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
self="$here/scripts/$(basename "${BASH_SOURCE[0]}")"
ctl_bin="$here/build/default/src/app/warroomctl/warroomctl"
gui_bin="$here/build/default/src/app/warroom/warroom"

# --- GUI phases, run by this script under xvfb-run ---------------------------------------------
gui_start() { # DB AS -> sets gui_pid, gui_window
    "$gui_bin" --db "$1" --as "$2" >>"$gui_log" 2>&1 &
    gui_pid=$!
    gui_window=""
    for _ in $(seq 1 50); do
        gui_window=$(xdotool search --pid "$gui_pid" --name "War Room" 2>/dev/null | head -1) || true
        [ -n "$gui_window" ] && break
        sleep 0.2
    done
    [ -n "$gui_window" ] || { echo "the GUI did not open a window (see $gui_log)" >&2; exit 1; }
    local size
    size=$(xdpyinfo 2>/dev/null | awk '/dimensions:/ {print $2}') || true
    [ -n "$size" ] || size="$screen_size"
    xdotool windowmove "$gui_window" 0 0 windowsize "$gui_window" "${size%x*}" "${size#*x}"
    sleep 3
    xdotool windowfocus "$gui_window"
}
gui_stop() { kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; }
# The incident list's first row, below the menu, tool bar, filter box and check box.
first_row() { xdotool mousemove 150 134 click 1; sleep 1; }
filter() { # TEXT: type into the filter box (empty: clear it), then pick the first row
    xdotool mousemove 300 58 click 1 key ctrl+a BackSpace
    [ -z "$1" ] || xdotool type --delay 30 "$1"
    sleep 0.7
    first_row
}
shot() { # FILE: the mouse out of the way (no tooltip), then the whole screen
    xdotool mousemove "$(( ${screen_size%x*} - 5 ))" 5
    sleep 1.5
    import -window root "$1"
}

if [ "${1:-}" = --gui-edit ]; then # DB DRAFT_TITLE: Gus edits the data leak's signed-off draft
    db="$2"; screen_size=1920x1080; gui_log="$(dirname "$db")/gui.log"
    gui_start "$db" "Gus Lindqvist"
    filter "invoice"
    xdotool key alt+o; sleep 1.5
    xdotool mousemove 1500 229 click 1 key ctrl+a     # the draft's title field
    xdotool type --delay 30 "$3"
    xdotool key ctrl+s; sleep 1.5
    gui_stop
    exit 0
fi
if [ "${1:-}" = --gui-shots ]; then # DB OUTDIR SIZE
    db="$2"; out="$3"; screen_size="$4"; gui_log="$out/gui.log"
    gui_start "$db" "Ana Ortiz"
    first_row                                           # the SEV1 outage, on top of the list
    xdotool key alt+p; shot "$out/board.png"
    xdotool key alt+l; shot "$out/roles.png"
    xdotool key alt+o; shot "$out/communications.png"
    filter "invoice"; xdotool key alt+p; shot "$out/leak-board.png"
    filter "metering"; xdotool key alt+p; shot "$out/billing-board.png"
    filter ""
    gui_stop
    exit 0
fi

out="${1:-/tmp/shots}"
screen="${2:-1600x900}"
for b in "$ctl_bin" "$gui_bin"; do
    [ -x "$b" ] || { echo "$b is missing: build the default preset first" >&2; exit 1; }
done
for t in xvfb-run xauth xdotool xdpyinfo import; do
    command -v "$t" >/dev/null ||
        { echo "$t is missing (apt-get install xvfb xauth xdotool x11-utils imagemagick)" >&2; exit 1; }
done

mkdir -p "$out"
db="$out/drill.sqlite"
rm -f "$db" "$db-wal" "$db-shm"

ctl() { "$ctl_bin" --db "$db" "$@"; }
as() { local who="$1"; shift; "$ctl_bin" --db "$db" --author "$who" "$@"; }
ago() { date -u -d "-$1 min" +%Y-%m-%dT%H:%M:%SZ; }   # ISO time N minutes ago
hm() { date -u -d "-$1 min" +%H:%M; }                      # its HH:MM (UTC)

export WARROOM_AUTHOR="Ana Ortiz"

ctl people import "$here/resources/examples/people.csv"
ctl accounts import "$here/resources/examples/key-accounts.csv"

# --- 1. SEV1 outage, 8% of users: the board, Roles & calls and Communications shots ---------------
out1=$(as "Ben Adeyemi" declare --title "Agent API returns 503 for chat sessions in EU region" \
    --category outage --severity SEV1 --task-type "chat support" \
    --affected-users-pct 8 --enterprise-affected 3 --detected-at "$(ago 78)")
as "Ben Adeyemi" assign "$out1" on-call Ben Adeyemi
as "Ben Adeyemi" ack "$out1" on-call
as "Ben Adeyemi" done "$out1" open-channel --note "#inc-eu-503"
as "Ben Adeyemi" done "$out1" confirm-nature --note "SEV1: EU chat sessions fail with 503"
as "Ben Adeyemi" assign "$out1" incident-commander Ana Ortiz
as "Ana Ortiz" ack "$out1" incident-commander
as "Ana Ortiz" done "$out1" ic-comms-decision --note "announce on status page and by email; EU chat customers"
as "Ben Adeyemi" status "$out1" identified
as "Ben Adeyemi" note "$out1" "load balancer health checks fail after the $(hm 80) config push"
as "Ana Ortiz" assign "$out1" customer-success Chloé Martin
as "Ana Ortiz" assign "$out1" customer-success Dev Patel
as "Chloé Martin" ack "$out1" customer-success
as "Ana Ortiz" assign "$out1" product-owner Gus Lindqvist
as "Ana Ortiz" accounts select "$out1" >/dev/null
as "Chloé Martin" call "$out1" "Northwind Logistics" reached --note "their dispatch chatbot is down in Frankfurt"
as "Dev Patel" call "$out1" "Globex, Inc." declined --note "asked to be emailed instead"
as "Dev Patel" call "$out1" Initech unreachable --note "no answer, voicemail full"
as "Chloé Martin" call "$out1" "Umbrella Health" unreachable
as "Chloé Martin" call "$out1" "Umbrella Health" unreachable --channel slack --note "Slack: no reply in 10 min"
as "Dev Patel" call "$out1" "Stark Components" calling
as "Dev Patel" call "$out1" "Wayne Analytics" left-message --note "left a voicemail for Lucius Fox"
as "Chloé Martin" call "$out1" "Hooli Cloud" reached --channel slack --note "seeing 503s since $(hm 78)"
as "Chloé Martin" call "$out1" "Soylent Foods" unreachable --channel slack
as "Ben Adeyemi" sync "$out1" "rolled back the config push in eu-west-1; error rate falling"

# The first announcement: published on the status page, the email version still a template.
status_page=$(as "Gus Lindqvist" draft "$out1" --template first-announcement \
    --title "Investigating: chat sessions failing in the EU region" --body-file - <<'EOF'
What happened: since {{detected_time_utc}} UTC, agents running {{task_type}} sessions in our EU region have been failing with errors.

Scope: approximately {{affected_users_pct}}% of users, those whose workspaces are hosted in the EU region.

Current progress: {{current_status}}. We have rolled back a configuration change and error rates are falling.

Expected restoration: within the next hour.

Compensation: failed sessions will not count against your monthly quota.

Our next update will be at {{next_update_utc}} or sooner if anything changes.

The War Room team
EOF
)
as "Ana Ortiz" gate "$status_page" approve
as "Ana Ortiz" gate "$status_page" publish >/dev/null
as "Gus Lindqvist" draft "$out1" --template first-announcement --channel email >/dev/null

# --- 2. SEV2 behaviour anomaly: a notice still full of placeholders --------------------------------
anomaly=$(as "Ben Adeyemi" declare --title "Completion rate down on email drafting" \
    --category behavior-anomaly --severity SEV2 --task-type "email drafting" \
    --affected-users-pct 4 --enterprise-affected 1 --detected-at "$(ago 52)" \
    --trigger completion-rate-drop)
as "Ben Adeyemi" assign "$anomaly" on-call Ben Adeyemi
as "Ben Adeyemi" done "$anomaly" confirm-nature --note "SEV2: email drafting only, 4% of users"
as "Ben Adeyemi" note "$anomaly" "rolled back yesterday's prompt update; watching completion rate"
as "Ben Adeyemi" assign "$anomaly" product-owner Gus Lindqvist
as "Gus Lindqvist" draft "$anomaly" --template medium-severity-notice >/dev/null

# --- 3. SEV1 data leak: legal signed off, then the text was edited (the GUI step below) -------------
leak=$(as "Farah Haddad" declare --title "Agent echoed another tenant's invoice data in a summary" \
    --category data-leak --severity SEV1 --task-type "document summaries" \
    --affected-users-pct 0.4 --enterprise-affected 2 --detected-at "$(ago 96)" \
    --trigger data-leaked)
as "Ana Ortiz" assign "$leak" on-call Ben Adeyemi
as "Ben Adeyemi" ack "$leak" on-call
as "Ana Ortiz" assign "$leak" incident-commander Ivan Petrov
as "Ivan Petrov" ack "$leak" incident-commander
as "Ivan Petrov" assign "$leak" legal Hana Kim
as "Ivan Petrov" assign "$leak" product-owner Gus Lindqvist
as "Ivan Petrov" assign "$leak" customer-success Emi Tanaka
as "Ben Adeyemi" done "$leak" open-channel --note "#inc-tenant-echo"
as "Ben Adeyemi" done "$leak" confirm-nature --note "SEV1 data leak: two tenants' invoice lines in summaries"
as "Ben Adeyemi" status "$leak" identified
leak_mail=$(as "Gus Lindqvist" draft "$leak" --template data-incident \
    --title "Important: an incident involving your data" --body-file - <<'EOF'
Hello,

On {{detected_date_utc}} at {{detected_time_utc}} UTC we found that our agent included lines from another customer's invoice in document summaries it wrote for your workspace. The data involved: invoice numbers, line descriptions and amounts; no payment details.

What we have done: we switched off the shared summary cache that caused it and deleted the affected summaries.

This happened in our product, and we take full responsibility for it. We are reviewing with our legal team whether this incident requires notifying regulators, and we will tell you the outcome within 72 hours of detection.

If you have questions, reply to this email; {{incident_commander}} will answer you directly.

The War Room team
EOF
)
as "Gus Lindqvist" gate "$leak_mail" submit
as "Hana Kim" gate "$leak_mail" sign-off

# --- 4. SEV2 billing over-charge: restored, refund notice out, closing refused ---------------------
billing=$(as "Farah Haddad" declare --title "Token metering double-counted cached prompts" \
    --category billing-overcharge --severity SEV2 --task-type "all tasks" \
    --affected-users-pct 3 --enterprise-affected 1 --detected-at "$(ago 115)" \
    --trigger billing-overcharge)
as "Ana Ortiz" assign "$billing" on-call Ana Ortiz
as "Ana Ortiz" assign "$billing" incident-commander Ivan Petrov
as "Ana Ortiz" assign "$billing" product-owner Gus Lindqvist
as "Ana Ortiz" done "$billing" open-channel --note "#inc-metering"
as "Ana Ortiz" done "$billing" confirm-nature --note "SEV2: over-charge of cached prompt tokens since the $(hm 120) deploy"
as "Ivan Petrov" done "$billing" ic-comms-decision --note "refund notice by email to the affected accounts"
as "Ana Ortiz" status "$billing" identified
as "Ana Ortiz" sync "$billing" "metering fix deployed; recomputing yesterday's invoices"
refund=$(as "Gus Lindqvist" draft "$billing" --template overcharge-refund --body-file - <<EOF
Hello,

Between $(hm 120) and $(hm 10) UTC on $(date -u -d "-10 min" +%Y-%m-%d), a fault in our token metering counted cached prompt tokens twice and over-charged some accounts, including yours. We found it ourselves and have fixed it.

Refund: we are refunding every over-charged amount automatically; you do not need to do anything. Refunds will be issued within 5 business days, to the payment method on file, and shown as a separate line on your invoice.

We are sorry for the error. If anything on your invoice still looks wrong, reply to this email and we will correct it.

The War Room team
EOF
)
as "Ivan Petrov" gate "$refund" approve
as "Ivan Petrov" gate "$refund" publish >/dev/null
as "Gus Lindqvist" done "$billing" overcharge-refund --note "automatic refunds queued for 412 accounts"
as "Ivan Petrov" waive "$billing" key-account-outreach --reason "no key account was over-charged"
as "Ana Ortiz" status "$billing" restored
if as "Ivan Petrov" status "$billing" closed 2>"$out/close-refusal.txt"; then
    echo "closing incident $billing was expected to be refused" >&2
    exit 1
fi
cat "$out/close-refusal.txt"

# --- GUI: the edit that voids legal's sign-off, then the screenshots -------------------------------
# Settings (the remembered text size) and runtime files stay in OUTDIR, not in your home.
export XDG_CONFIG_HOME="$out/xdg/config" XDG_DATA_HOME="$out/xdg/data" XDG_RUNTIME_DIR="$out/xdg/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
: >"$out/gui.log"
xvfb-run -a -s "-screen 0 1920x1080x24" "$self" --gui-edit "$db" "Important: an incident involving your invoice data"
ctl show "$leak" | grep -q "^  #$leak_mail .* v2 \[draft" ||
    { echo "the GUI edit of draft $leak_mail did not happen (see $out/gui.log)" >&2; exit 1; }

xvfb-run -a -s "-screen 0 ${screen}x24" "$self" --gui-shots "$db" "$out" "$screen"
echo "incidents: outage=$out1 anomaly=$anomaly leak=$leak billing=$billing; screenshots in $out"
