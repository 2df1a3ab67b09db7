//! Quotes and their speakers: direct quotations found by their marks,
//! attached to the speech verb that introduces or follows them, reported
//! speech after a complementiser, and the mention each is attributed to.
//!
//! A child module of `events`: it reads the coder's token indexes.

use super::{Coder, Trigger, SUBJECT_WINDOW};
use crate::analysis::Analysis;
use crate::document::{Quote, Speaker};
use crate::mentions::Actor;

impl Coder<'_, '_> {
    pub(super) fn attach_quotes(
        &self,
        t: &Trigger,
        speaker: Option<usize>,
        s_end: usize,
        quotes: &mut Vec<Quote>,
        quote_speaker: &mut [Option<usize>],
        quote_cue: &mut [Option<usize>],
        direct_only: bool,
    ) {
        let an = self.an;
        // a direct quote opening after the verb in this sentence, before another speech verb
        let mut attached = false;
        for (qi, &(o, _)) in self.direct.iter().enumerate() {
            if o >= t.end && o < s_end && quote_cue[qi].is_none() && self.quote_of[t.tok].is_none() {
                let between_speech = (t.end..o).any(|k| self.trigger_at(k, s_end).is_some_and(|x| self.lex.patterns[x.pattern as usize].flags.speech));
                if between_speech {
                    break;
                }
                quote_speaker[qi] = speaker;
                quote_cue[qi] = Some(t.tok);
                quotes.push(self.quote_span(qi, speaker, Some(t.tok)));
                attached = true;
                break;
            }
        }
        // a direct quote closing right before the verb ("...»، قال الوزير")
        if !attached {
            for (qi, &(_, c)) in self.direct.iter().enumerate() {
                if c + 1 <= t.tok && t.tok <= c + 3 && quote_cue[qi].is_none() {
                    quote_speaker[qi] = speaker;
                    quote_cue[qi] = Some(t.tok);
                    quotes.push(self.quote_span(qi, speaker, Some(t.tok)));
                    attached = true;
                }
            }
        }
        if attached || direct_only {
            return;
        }
        // reported speech: the verb, its subject, a complementiser, then the content
        let mut k = t.end;
        let limit = (t.end + SUBJECT_WINDOW + 4).min(s_end);
        while k < limit && !self.complementiser(k) {
            k += 1;
        }
        if k >= limit || !self.complementiser(k) {
            return;
        }
        let start = k + 1;
        let mut end = s_end;
        while end > start && !an.is_word(end - 1) && self.an.tokens[end - 1].kind != crate::text::TokenKind::Number {
            end -= 1;
        }
        if end <= start || self.quote_of[start].is_some() {
            return;
        }
        quotes.push(Quote {
            start: an.tokens[start].char_start,
            end: an.tokens[end - 1].char_end,
            text: an.text[an.tokens[start].start..an.tokens[end - 1].end].to_string(),
            direct: false,
            cue: Some(an.raw(t.tok).to_string()),
            speaker: speaker.map(|s| self.speaker_span(s, an.tokens[start].start)),
        });
    }

    pub(super) fn quote_span(&self, qi: usize, speaker: Option<usize>, cue: Option<usize>) -> Quote {
        let an = self.an;
        let (o, c) = self.direct[qi];
        let (a, b) = (an.tokens[o].end, an.tokens[c].start);
        let text = &an.text[a..b];
        let lead = text.len() - text.trim_start().len();
        let trail = text.len() - text.trim_end().len();
        let (a, b) = (a + lead, b - trail);
        let char_start = an.tokens[o].char_end + an.text[an.tokens[o].end..a].chars().count();
        Quote {
            start: char_start,
            end: char_start + an.text[a..b].chars().count(),
            text: an.text[a..b].to_string(),
            direct: true,
            cue: cue.map(|t| an.raw(t).to_string()),
            speaker: speaker.map(|s| self.speaker_span(s, an.tokens[o].start)),
        }
    }

    /// The speaker as named closest before byte offset `before`: the latest
    /// mention of the same person (or the same actor code).
    fn speaker_span(&self, actor: usize, before: usize) -> Speaker {
        let a = &self.actors[actor];
        let same = |b: &Actor| match (&a.canonical, &b.canonical) {
            (Some(x), Some(y)) => x == y,
            _ => a.code.is_some() && a.code == b.code,
        };
        let named = self
            .actors
            .iter()
            .filter(|b| same(b) && self.an.tokens[b.name_start].start < before)
            .last()
            .unwrap_or(a);
        let an = self.an;
        Speaker {
            start: an.tokens[named.name_start].char_start,
            end: an.tokens[named.name_end - 1].char_end,
            text: an.text[an.tokens[named.name_start].start..an.tokens[named.name_end - 1].end].to_string(),
            actor: a.code.clone(),
            canonical: a.canonical.clone(),
        }
    }
}

/// Direct quotations: « », “ ” and pairs of " on one line; token indexes of
/// the opening and closing marks.
pub(super) fn find_direct_quotes(an: &Analysis<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = an.tokens.len();
    let mut i = 0;
    while i < n {
        let close = match an.raw(i) {
            "«" => Some("»"),
            "“" => Some("”"),
            "\"" => Some("\""),
            _ => None,
        };
        if let Some(close) = close {
            let line_end = an.text[an.tokens[i].end..].find('\n').map_or(an.text.len(), |x| an.tokens[i].end + x);
            if let Some(j) = (i + 1..n).take_while(|&j| an.tokens[j].start < line_end).find(|&j| an.raw(j) == close) {
                // a name or title in quotation marks is not a quote
                if (i + 1..j).filter(|&k| an.is_word(k)).count() >= 3 {
                    out.push((i, j));
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}
