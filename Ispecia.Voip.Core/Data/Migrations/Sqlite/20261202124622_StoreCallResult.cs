using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ispecia.Voip.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoreCallResult : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Result",
                table: "Calls",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(CallResultBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Calls_Result_StartedAt_Id",
                table: "Calls",
                columns: new[] { "Result", "StartedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Calls_Result_StartedAt_Id",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "Result",
                table: "Calls");
        }
    }
}
