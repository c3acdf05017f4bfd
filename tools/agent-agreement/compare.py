# Compares `lifecycle appspec validate` with the agent's verdict lines (oracle.rb, or the corpus's files).
# Usage: python3 compare.py MUTANTS_DIR VERDICTS.jsonl [LIFECYCLE...]
#   LIFECYCLE defaults to: dotnet run --project src/Lifecycle.Cli --
# Prints each disagreement, then the agreement on verdicts and on the hook tables of the files the agent accepts.
import json, os, subprocess, sys
folder, verdicts = sys.argv[1], sys.argv[2]
tool = sys.argv[3:] or ['dotnet', 'run', '--project', 'src/Lifecycle.Cli', '--']
agent = [json.loads(line) for line in open(verdicts, encoding='utf-8')]
sdk = {}
for start in range(0, len(agent), 500):
    batch = [os.path.join(folder, v['file']) for v in agent[start:start + 500]]
    run = subprocess.run(tool + ['appspec', 'validate', '--format', 'json', '--platform', 'server', '--appspec-only'] + batch,
                         capture_output=True, text=True)
    for report in json.loads(run.stdout)['files']:
        sdk[os.path.basename(report['path'])] = report
verdict_differ = table_differ = accepted = 0
for v in agent:
    mine = sdk[v['file']]
    agent_valid = v['verdict'] == 'valid'
    if agent_valid != mine['valid']:
        verdict_differ += 1
        errors = ' | '.join(f"{d['code']} {d['message']}" for d in mine['diagnostics'] if d['severity'] == 'error')
        print(f"verdict\t{v['file']}\tagent: {v.get('message', 'valid').splitlines()[0] if v.get('message') else 'valid'}\tSDK: {errors or 'valid'}")
    elif agent_valid:
        accepted += 1
        if v['hooks'] != mine.get('hooks'):
            table_differ += 1
            print(f"table\t{v['file']}\tagent: {json.dumps(v['hooks'])}\tSDK: {json.dumps(mine.get('hooks'))}")
print(f"{len(agent)} files: verdicts agree on {100 * (1 - verdict_differ / len(agent)):.2f}%; "
      f"hook tables on {100 * (1 - table_differ / max(accepted, 1)):.2f}% of the {accepted} both accept")
