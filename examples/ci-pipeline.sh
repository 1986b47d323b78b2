#!/usr/bin/env sh
# A CI recipe: validate a dataset, then publish every report. Fails the job (exit 1) when the
# dataset has errors or more warnings than allowed, before anything is published. Reports
# from an earlier run are replaced (--force); the data itself is never written over.
#
#   examples/ci-pipeline.sh [data] [public-dir]
#
# data: a .json/.yaml file or a folder of CSV files (default: data/).
# Environment: PPIE (how to run ppie, default "npx --no-install ppie"),
#              MAX_WARNINGS (default 50), PERIOD (default: the latest financial year),
#              SOURCE_DATE_EPOCH (report timestamp; set it for reproducible output).
set -eu

DATA="${1:-data}"
OUT="${2:-public}"
PPIE="${PPIE:-npx --no-install ppie}"
MAX_WARNINGS="${MAX_WARNINGS:-50}"

echo "Validating $DATA"
$PPIE validate "$DATA" --max-warnings "$MAX_WARNINGS"

mkdir -p "$OUT"
PERIOD_ARGS=""
if [ -n "${PERIOD:-}" ]; then PERIOD_ARGS="--period $PERIOD"; fi
for kind in strategy impact representation feedback; do
  for format in html md csv json; do
    # shellcheck disable=SC2086
    $PPIE report "$kind" "$DATA" $PERIOD_ARGS --format "$format" --out "$OUT/$kind.$format" --force --quiet
  done
done
$PPIE validate "$DATA" --format json > "$OUT/validation.json" || true
$PPIE schema --out "$OUT/schema" --force --quiet
echo "Published reports to $OUT"
