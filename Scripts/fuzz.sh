#!/bin/sh
# Fuzzes ingest's readers with libFuzzer and AddressSanitizer.
#
#   Scripts/fuzz.sh [SECONDS] [READER...]      e.g. Scripts/fuzz.sh 60 csv json
#
# Readers: csv tsv json ndjson table xlsx text (default: all). Builds tradewh-fuzz with the
# sanitizers into .build/fuzz (apart from the ordinary build), seeds each reader with the samples
# and its kept crashers, runs it for SECONDS (default 60) on one core, and copies any new crasher
# to Tests/FuzzCrashers/READER/. Replay kept crashers without sanitizers:
#   swift run tradewh-fuzz csv Tests/FuzzCrashers/csv/*
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
readers=${*:-csv tsv json ndjson table xlsx text}

# Not -sanitize=fuzzer: that links libFuzzer's main into every executable, and the build-time
# MigrationEmbedder has its own. Instrument everything for coverage and AddressSanitizer instead,
# and link libFuzzer without its main: tradewh-fuzz calls LLVMFuzzerRunDriver itself.
libfuzzer=$(ls "$(dirname "$(dirname "$(command -v swift)")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a)
ASAN_OPTIONS=detect_leaks=0 swift build -c debug --product tradewh-fuzz --scratch-path .build/fuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -use-ld=lld -Xswiftc -DFUZZING -Xlinker $libfuzzer -Xlinker -lstdc++
binary=.build/fuzz/debug/tradewh-fuzz

for reader in $readers; do
  work=.build/fuzz/corpus/$reader
  crashers=Tests/FuzzCrashers/$reader
  rm -rf .build/fuzz/artifacts/$reader
  mkdir -p "$work" "$crashers" .build/fuzz/artifacts/$reader
  case $reader in
    csv) cp Samples/*.csv "$work"/ ;;
    tsv) cp Samples/*.tsv "$work"/ ;;
    json) cp Samples/*.json "$work"/ ;;
    ndjson) printf '{"period":"2024-01","flow":"export","partner":"US","commodity":"TOTAL","value_usd":1}\n' > "$work"/seed.ndjson ;;
    table) cp Samples/tables/*.csv "$work"/ ;;
    xlsx) cp Samples/tables/*.xlsx "$work"/ ;;
    text) cp Samples/bulletins/* "$work"/ ;;
  esac
  cp "$crashers"/* "$work"/ 2>/dev/null || true
  echo "== $reader: $seconds s"
  ASAN_OPTIONS=detect_leaks=0 TRADEWH_FUZZ_READER=$reader "$binary" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix=.build/fuzz/artifacts/$reader/ 2>&1 \
    | grep -E '^(stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|Done)' || true
  for crash in .build/fuzz/artifacts/$reader/*; do
    [ -f "$crash" ] && cp "$crash" "$crashers"/ && echo "kept $crashers/$(basename "$crash")"
  done
  rmdir "$crashers" 2>/dev/null || true
done
