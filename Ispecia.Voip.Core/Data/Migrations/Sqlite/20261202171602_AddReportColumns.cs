using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ispecia.Voip.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReportColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Calls_TeamId",
                table: "Calls");

            migrationBuilder.AddColumn<DateTime>(
                name: "CallbackDoneAt",
                table: "Calls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WrapUpSeconds",
                table: "Calls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Calls_TeamId_StartedAt",
                table: "Calls",
                columns: new[] { "TeamId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Calls_TeamId_StartedAt",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "CallbackDoneAt",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "WrapUpSeconds",
                table: "Calls");

            migrationBuilder.CreateIndex(
                name: "IX_Calls_TeamId",
                table: "Calls",
                column: "TeamId");
        }
    }
}
