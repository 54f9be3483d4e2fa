// Which alerts the live pane shows: each alert once, by id, at its latest revision. The server sends an
// update of an alert (more sources) as a new 'alert' event with a higher revision (docs/alerts.md); the
// pane replaces the older one; a revision naming the alert it was merged into removes it. Pure: node --test checks it (relations-service/src/test/js).

export class AlertBoard {
  constructor() {
    // id -> latest revision shown; kept for alerts scrolled out of the list too, so a replay of one after a
    // reconnect does not come back as new (a day's alerts are a few thousand small entries)
    this.revisions = new Map();
  }

  /**
   * 'new' for an alert not seen before, 'revised' for a later revision of one that was, 'stale' for a
   * revision already shown (a replay after a reconnect) or an older one, 'invalid' for one without an id,
   * 'retracted' for a revision that merges the alert into another (mergedInto: a later report joined its
   * story event to that alert's), which the pane must stop showing, whether it showed it or not.
   */
  offer(alert) {
    if (!alert || !alert.id) return 'invalid';
    const revision = Number(alert.revision) || 0;
    const shown = this.revisions.get(alert.id);
    if (shown !== undefined && revision <= shown) return 'stale';
    this.revisions.set(alert.id, revision);
    if (alert.mergedInto) return 'retracted';
    return shown === undefined ? 'new' : 'revised';
  }
}

/** Where an alert raised at raisedAt goes in a list newest first, given the list's raisedAt values. */
export function positionByTime(raisedAts, raisedAt) {
  const at = raisedAt || '';
  const index = raisedAts.findIndex((other) => (other || '') < at);
  return index < 0 ? raisedAts.length : index;
}

/** How many sources the alert has beyond the one the pane quotes. */
export function moreSources(alert) {
  const shown = Array.isArray(alert.evidence) && alert.evidence.length ? 1 : 0;
  return Math.max(0, (alert.sourceCount ?? (alert.evidence || []).length) - shown);
}
