#!/usr/bin/env python3
"""Checks that HTML letters fit an A4 page, as Chromium lays them out.

Usage: letters_layout_check.py --shots DIR LETTER.html...

For each letter, headless Chromium (Debian's chromium and chromium-driver,
driven by python3-selenium) lays the page out twice:

- as printed: print media, at the printable width the letter's own
  `@page { size: A4; margin: ... }` leaves. A letter without that rule fails.
  Nothing may lie outside that width: not the document (scrollWidth), not any
  element's box, and no element's content may spill out of its own box (an
  amount wider than its column overflows its cell, not the table; a
  letterhead taller than the room it was given runs into the text below).
  Amounts (td.amount, th.amount) must be right-aligned in tabular figures.
- on screen, in a window as wide as an A4 sheet: the same, against the body.

The address block (.debtor), when the letter has one, must lie inside the
part of a DL envelope's window that it shows through whatever the sheet's
play in the envelope (the templates' _head says how it was found), and its
text must not run out of it.

For each letter it writes DIR/<name>.pdf (Chromium's print, A4) and
DIR/<name>.png (the screen rendering, whole page), to look at.

Exit status: 0 when every letter fits, 1 when one does not (each problem on
stderr, one line each, naming the letter and the element), 2 when Chromium,
its driver or selenium is missing (tools/install-deps.sh installs them).
"""

import argparse
import base64
import os
import sys

MM_PX = 96 / 25.4  # CSS pixels per millimetre.
A4_MM = (210.0, 297.0)
# The part of the DL envelope's window the address always shows through, in
# millimetres from the sheet's top-left corner (left, top, right, bottom).
WINDOW_MM = (100.0, 50.0, 190.0, 84.0)
# Sub-pixel rounding of the layout: a box may end this far past a limit.
TOLERANCE_PX = 1.0
# Problems reported per letter and layout: an overflowing table also makes
# its rows and sections overflow, the first lines say enough.
PROBLEMS_SHOWN_MAX = 12

# Runs in the page: the @page rule's size and margins, as written.
PAGE_RULE_JS = """
for (const sheet of document.styleSheets) {
  for (const rule of sheet.cssRules) {
    if (rule.type === CSSRule.PAGE_RULE) {
      const s = rule.style;
      return {size: s.getPropertyValue('size'), top: s.getPropertyValue('margin-top'),
              right: s.getPropertyValue('margin-right'), bottom: s.getPropertyValue('margin-bottom'),
              left: s.getPropertyValue('margin-left')};
    }
  }
}
return null;
"""

# Runs in the page: every element outside [left, right], or whose content is
# wider than its box; plus the document's scroll width and the .debtor box.
MEASURE_JS = """
const left = arguments[0], right = arguments[1], tolerance = arguments[2];
function name(e) {
  let n = e.tagName.toLowerCase();
  if (e.className && typeof e.className === 'string') n += '.' + e.className.trim().split(/\\s+/).join('.');
  const text = (e.textContent || '').trim().replace(/\\s+/g, ' ');
  return n + (text ? ' "' + text.slice(0, 40) + '"' : '');
}
const problems = [];
for (const e of document.body.querySelectorAll('*')) {
  const r = e.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.left < left - tolerance || r.right > right + tolerance) {
    problems.push(name(e) + ' spans ' + r.left.toFixed(1) + '..' + r.right.toFixed(1) +
                  ' px, the page ' + left.toFixed(1) + '..' + right.toFixed(1));
  }
  const style = getComputedStyle(e);
  if (style.display !== 'inline' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + tolerance) {
    problems.push(name(e) + ' holds ' + e.scrollWidth + ' px of content in ' + e.clientWidth + ' px');
  }
  // A box of fixed height its content runs out of: it overlaps what follows.
  if (style.display !== 'inline' && e.clientHeight > 0 && e.scrollHeight > e.clientHeight + tolerance) {
    problems.push(name(e) + ' holds ' + e.scrollHeight + ' px of content in ' + e.clientHeight + ' px of height');
  }
  // Amounts line up on their units: right-aligned, digits of one width.
  if (e.matches('td.amount, th.amount')) {
    if (style.textAlign !== 'right') problems.push(name(e) + ' is aligned ' + style.textAlign + ', not right');
    if (!style.fontVariantNumeric.includes('tabular-nums')) problems.push(name(e) + ' has no tabular figures');
  }
}
const debtor = document.querySelector('.debtor');
let address = null;
if (debtor) {
  const r = debtor.getBoundingClientRect();
  address = {left: r.left, top: r.top + window.scrollY, right: r.right, bottom: r.bottom + window.scrollY,
             overflow: debtor.scrollHeight > debtor.clientHeight + tolerance};
}
return {scroll_width: document.documentElement.scrollWidth, problems: problems, address: address};
"""


def mm(value):
    """'20mm' -> 20.0; None for a unit this check does not expect."""
    value = value.strip()
    if value.endswith('mm'):
        return float(value[:-2])
    if value.endswith('cm'):
        return float(value[:-2]) * 10
    return None


def shorten(problems):
    if len(problems) <= PROBLEMS_SHOWN_MAX:
        return problems
    return problems[:PROBLEMS_SHOWN_MAX] + ['... and %d more' % (len(problems) - PROBLEMS_SHOWN_MAX)]


def start_chromium():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None, 'python3-selenium is missing'
    for path in ('/usr/bin/chromium', '/usr/bin/chromedriver'):
        if not os.path.exists(path):
            return None, path + ' is missing'
    options = webdriver.ChromeOptions()
    options.binary_location = '/usr/bin/chromium'
    for arg in ('--headless=new', '--disable-gpu', '--no-sandbox', '--disable-dev-shm-usage',
                '--hide-scrollbars', '--force-device-scale-factor=1'):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=options), None


def set_view(driver, media, width_px, height_px):
    driver.execute_cdp_cmd('Emulation.setEmulatedMedia', {'media': media})
    driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                           {'width': int(width_px), 'height': int(height_px), 'deviceScaleFactor': 1, 'mobile': False})


def check_letter(driver, path, shots):
    """The problems of one letter, as lines."""
    label = os.path.basename(path)
    driver.get('file://' + os.path.abspath(path))
    rule = driver.execute_script(PAGE_RULE_JS)
    if rule is None:
        return [label + ': no @page rule']
    if rule['size'].strip().lower() not in ('a4', 'a4 portrait'):
        return [label + ': @page size is "' + rule['size'] + '", not A4']
    margins = [mm(rule[side]) for side in ('top', 'right', 'bottom', 'left')]
    if None in margins:
        return [label + ': @page margins not in mm: ' + str(rule)]
    top, right, bottom, left = margins
    problems = []

    # As printed: the page box's content area is the viewport.
    width_px = (A4_MM[0] - left - right) * MM_PX
    height_px = (A4_MM[1] - top - bottom) * MM_PX
    set_view(driver, 'print', width_px, height_px)
    printed = driver.execute_script(MEASURE_JS, 0, width_px, TOLERANCE_PX)
    if printed['scroll_width'] > width_px + TOLERANCE_PX:
        problems.append('print: the document is %d px wide, the printable width %.1f px' %
                        (printed['scroll_width'], width_px))
    problems += ['print: ' + p for p in shorten(printed['problems'])]
    address = printed['address']
    if address is not None:
        box_mm = (left + address['left'] / MM_PX, top + address['top'] / MM_PX,
                  left + address['right'] / MM_PX, top + address['bottom'] / MM_PX)
        tolerance_mm = TOLERANCE_PX / MM_PX
        inside = (box_mm[0] >= WINDOW_MM[0] - tolerance_mm and box_mm[1] >= WINDOW_MM[1] - tolerance_mm and
                  box_mm[2] <= WINDOW_MM[2] + tolerance_mm and box_mm[3] <= WINDOW_MM[3] + tolerance_mm)
        if not inside:
            problems.append('print: the address block is at %.1f,%.1f-%.1f,%.1f mm, outside the envelope window '
                            '%.0f,%.0f-%.0f,%.0f mm' % (box_mm + WINDOW_MM))
        if address['overflow']:
            problems.append('print: the address runs out of its block (taller than the envelope window)')
    pdf = driver.execute_cdp_cmd('Page.printToPDF', {'preferCSSPageSize': True, 'printBackground': True})
    with open(os.path.join(shots, label + '.pdf'), 'wb') as out:
        out.write(base64.b64decode(pdf['data']))

    # On screen: a window as wide as the sheet (the screen style shows the
    # letter as a sheet); everything inside the body.
    screen_width = A4_MM[0] * MM_PX + 40
    set_view(driver, 'screen', screen_width, A4_MM[1] * MM_PX)
    body = driver.execute_script('const r = document.body.getBoundingClientRect(); return [r.left, r.right];')
    shown = driver.execute_script(MEASURE_JS, body[0], body[1], TOLERANCE_PX)
    if shown['scroll_width'] > screen_width + TOLERANCE_PX:
        problems.append('screen: the document is %d px wide in a %d px window' % (shown['scroll_width'], screen_width))
    problems += ['screen: ' + p for p in shorten(shown['problems'])]
    height = driver.execute_script('return document.documentElement.scrollHeight;')
    set_view(driver, 'screen', screen_width, height)
    shot = driver.execute_cdp_cmd('Page.captureScreenshot', {'format': 'png', 'captureBeyondViewport': True})
    with open(os.path.join(shots, label + '.png'), 'wb') as out:
        out.write(base64.b64decode(shot['data']))
    return [label + ': ' + p for p in problems]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--shots', required=True, help='where the PDF and PNG renderings go')
    parser.add_argument('letters', nargs='+')
    args = parser.parse_args()
    os.makedirs(args.shots, exist_ok=True)
    driver, missing = start_chromium()
    if driver is None:
        print('letters_layout_check: ' + missing + ' (tools/install-deps.sh installs it)', file=sys.stderr)
        return 2
    problems = []
    try:
        for path in args.letters:
            problems += check_letter(driver, path, args.shots)
    finally:
        driver.quit()
    for line in problems:
        print(line, file=sys.stderr)
    print('%d letters checked, %d problems' % (len(args.letters), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
