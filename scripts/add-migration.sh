#!/usr/bin/env bash
# Adds a migration for BOTH database providers: scripts/add-migration.sh AddSomething
# Needs the EF tool: dotnet tool install -g dotnet-ef --version 10.0.15
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/../Ispecia.Voip.Core"
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --context "${provider}VoipDbContext" \
    --output-dir "Data/Migrations/$provider" --namespace "Ispecia.Voip.Core.Data.Migrations.$provider"
  # The tool writes the model snapshot into a folder named after the namespace; keep it beside its migrations.
  if [ -d Ispecia ]; then
    mv Ispecia/Voip/Core/Data/Migrations/$provider/*.cs "Data/Migrations/$provider/"
    rm -rf Ispecia
  fi
done
# The compiled model the app starts with must describe the new schema too.
../scripts/optimize-model.sh
