#!/usr/bin/env python3
"""Summarises the rig's JSON results written by run.sh: per scenario and jar, the median of each figure over
the rounds and its spread (min-max), and the issue-8 goals each is held against; with refbot.js's runs (run.sh
--refbot), each jar against refbot.js run for run (issue 19's goals). Usage: report.py DIR"""
import glob
import json
import os
import re
import statistics
import sys


def figure(result, path):
    value = result
    for key in path.split('.'):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value if isinstance(value, (int, float)) else None


# (label, JSON path, goal as text, check on the median, or None)
FIGURES = {
    'normal': [
        ('answered updates/s', 'throughput.answered_per_s', '', None),
        ('updates per bot CPU-second', 'bot.updates_per_cpu_s', '>= 7000', lambda v: v >= 7000),
        ('p99 fetched->first reply, ms', 'latency_ms.all_steps.p99', '<= 15', lambda v: v <= 15),
        ('p50 fetched->first reply, ms', 'latency_ms.all_steps.p50', '', None),
        ('peak RSS, MB', 'bot.peak_rss_mb', '<= 160', lambda v: v <= 160),
        ('Redis commands per answered update', 'redis.per_answered_update', '<= 2', lambda v: v <= 2),
        ('bot cores', 'bot.cpu_cores', '', None),
        ('other processes, cores', None, '', None),
        ('dialogs failed', 'throughput.dialogs_failed', '', None),
    ],
    'p429': [
        ('answered updates/s', 'throughput.answered_per_s', '', None),
        ('updates per bot CPU-second', 'bot.updates_per_cpu_s', '', None),
        ('p99 fetched->first reply, ms', 'latency_ms.all_steps.p99', '', None),
        ('429 injected', 'faults.injected_429', '', None),
        ('retries before retry_after', 'faults.retries_before_retry_after', '0', lambda v: v == 0),
        ('failed calls never retried', 'faults.failed_calls_never_retried_at_end', '0', lambda v: v == 0),
        ('dialogs failed', 'throughput.dialogs_failed', '', None),
    ],
    'p5xx': [
        ('answered updates/s', 'throughput.answered_per_s', '', None),
        ('updates per bot CPU-second', 'bot.updates_per_cpu_s', '', None),
        ('p99 fetched->first reply, ms', 'latency_ms.all_steps.p99', '', None),
        ('502 injected', 'faults.injected_5xx', '', None),
        ('failed calls never retried', 'faults.failed_calls_never_retried_at_end', '0', lambda v: v == 0),
        ('dialogs failed', 'throughput.dialogs_failed', '', None),
    ],
    'chaos': [
        ('kill -9 + restart', 'chaos.restarts', '', None),
        ('inputs acknowledged and never answered', 'chaos.whole_run.of_which_confirmed_by_bot', '0',
         lambda v: v == 0),
        ('inputs never answered (all)', 'chaos.whole_run.inputs_given_up_unanswered', '', None),
        ('redelivered after a crash', 'chaos.whole_run.redelivered', '', None),
        ('polling again after a kill, max ms', 'chaos.polling_again_after_ms.max', '<= 1000', lambda v: v <= 1000),
        ('polling again after a kill, p50 ms', 'chaos.polling_again_after_ms.p50', '', None),
        ('requests in the database', 'database.requests', '', None),
        ('requests in the database - dialogs the rig saw confirmed', 'database.requests_minus_confirmed', '0',
         lambda v: v == 0),
        ('dialogs with several numbers (rig heuristic)', 'captures.dialogs_with_several_numbers', '0 (see note)',
         None),
        ('answered updates/s', 'throughput.answered_per_s', '', None),
    ],
    'limits': [
        ('new messages', 'limits.new_messages', '', None),
        ('per-chat overruns', 'limits.per_chat_over_1_per_s_burst_3', '0', lambda v: v == 0),
        ('overall (30/s) overruns', 'limits.global_over_30_per_s', '0', lambda v: v == 0),
        ('429 for limits', 'faults.limit_429', '0', lambda v: v == 0),
        ('failed calls never retried', 'faults.failed_calls_never_retried_at_end', '0', lambda v: v == 0),
        ('inputs not answered (dialogs failed)', 'throughput.dialogs_failed', '0', lambda v: v == 0),
        ('p50 fetched->first reply, ms', 'latency_ms.all_steps.p50', '', None),
        ('p99 fetched->first reply, ms', 'latency_ms.all_steps.p99', '', None),
    ],
}


def other_cores(result):
    cores = result.get('machine', {}).get('window_cores', {})
    busy = cores.get('busy')
    if busy is None:
        return None
    return round(busy - result.get('rig', {}).get('cpu_cores', 0) - result.get('bot', {}).get('cpu_cores', 0), 3)


def main(folder):
    runs = {}
    for path in sorted(glob.glob(os.path.join(folder, '*.json'))):
        match = re.match(r'(\d+)-(\w+)-(.+)\.json$', os.path.basename(path))
        if not match:
            continue
        with open(path, encoding='utf-8') as f:
            runs.setdefault((match.group(2), match.group(3)), []).append(json.load(f))
    print(f'# Load-rig report ({folder})\n')
    print('Medians over the rounds, with the spread (min-max) in brackets; n = runs. The machine figure is the')
    print('CPU that neither the rig nor the bot used during the window: how noisy the machine was.\n')
    for scenario in ['normal', 'p429', 'p5xx', 'chaos', 'limits']:
        for (name, label), results in sorted(runs.items()):
            if name != scenario:
                continue
            print(f'## {scenario} - {label} (n={len(results)})\n')
            print('| figure | median | spread | goal | met |')
            print('|---|---:|---:|---|---|')
            for title, path, goal, check in FIGURES[scenario]:
                if label == REFBOT:
                    goal, check = '', None  # the yardstick, held to nothing
                values = [other_cores(r) if path is None else figure(r, path) for r in results]
                values = [v for v in values if v is not None]
                if not values:
                    print(f'| {title} | - | - | {goal} | |')
                    continue
                median = statistics.median(values)
                met = '' if check is None else ('yes' if check(median) else '**no**')
                print(f'| {title} | {median:g} | {min(values):g}-{max(values):g} | {goal} | {met} |')
            samples = [s for r in results for s in r.get('captures', {}).get('several_numbers_samples', [])]
            if samples:
                print('\nDialogs the rig saw with several numbers, first samples (a number in "own" that is older than')
                print('the "✅ Заявка #N создана." that follows is a new-request notification to this dispatcher that')
                print('arrived before the confirmation, not a second request; an older "✅ Заявка #N создана." after')
                print('"own" is an earlier confirmation sent again after a restart, a sent mark lost with the kill):\n')
                for sample in samples[:4]:
                    print('- ' + json.dumps(sample, ensure_ascii=False)[:220])
            print()
    against_refbot(runs)


REFBOT = 'refbot'
# (label, JSON path, goal as text, check on the ratio): a jar's figure divided by refbot.js's in the same round
AGAINST_REFBOT = [
    ('updates per bot CPU-second, x refbot.js', 'bot.updates_per_cpu_s', '>= 0.5', lambda v: v >= 0.5),
    ('p99 fetched->first reply, x refbot.js', 'latency_ms.all_steps.p99', '<= 3', lambda v: v <= 3),
]


def against_refbot(runs):
    """Each jar's normal runs divided by refbot.js's of the same round (the rounds alternate them in time)."""
    refbot = runs.get(('normal', REFBOT))
    if not refbot:
        return
    for (name, label), results in sorted(runs.items()):
        if name != 'normal' or label == REFBOT:
            continue
        print(f'## normal - {label} against refbot.js, round by round (n={min(len(results), len(refbot))})\n')
        print('| figure | median | spread | goal | met |')
        print('|---|---:|---:|---|---|')
        for title, path, goal, check in AGAINST_REFBOT:
            ratios = [figure(ours, path) / figure(theirs, path) for ours, theirs in zip(results, refbot)
                      if figure(ours, path) is not None and figure(theirs, path)]
            if not ratios:
                print(f'| {title} | - | - | {goal} | |')
                continue
            median = statistics.median(ratios)
            print(f'| {title} | {median:.3f} | {min(ratios):.3f}-{max(ratios):.3f} | {goal} | '
                  f'{"yes" if check(median) else "**no**"} |')
        print()


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '.')
