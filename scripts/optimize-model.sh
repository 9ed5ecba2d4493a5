#!/usr/bin/env bash
# Regenerates the EF Core compiled model of BOTH database providers: scripts/optimize-model.sh
# Run it after any change to an entity or its configuration (add-migration.sh runs it too);
# CompiledModelTests fails while a compiled model is stale.
# Needs the EF tool: dotnet tool install --tool-path /tmp/eftool dotnet-ef --version 10.0.15 (then PATH=/tmp/eftool:$PATH)
set -euo pipefail
cd "$(dirname "$0")/../Ispecia.Voip.Core"
# The old model goes first: it may name a property that no longer exists, and the project must build without it.
rm -rf Data/CompiledModels
dotnet build --nologo -v q
for provider in Sqlite Postgres; do
  dotnet ef dbcontext optimize --no-build --context "${provider}VoipDbContext" \
    --output-dir "Data/CompiledModels/$provider" --namespace "Ispecia.Voip.Core.Data.CompiledModels.$provider"
done
