#!/usr/bin/env python3
"""Reads an iCalendar export with python3-icalendar and prints one line per VEVENT:
UID, SUMMARY, DTSTART and DTEND (ISO 8601, with their zone), tab-separated.

usage: ics_events.py FILE.ics
Exit status 77 when the module is missing."""

import sys

try:
    import icalendar
except ImportError:
    print('python3-icalendar is not installed', file=sys.stderr)
    sys.exit(77)

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    end = event.decoded('DTEND')
    print('\t'.join([str(event.get('UID')), str(event.get('SUMMARY')), start.isoformat(), end.isoformat()]))
