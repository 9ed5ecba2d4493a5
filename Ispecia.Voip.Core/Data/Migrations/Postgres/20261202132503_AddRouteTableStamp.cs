using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ispecia.Voip.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddRouteTableStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RouteTableStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteTableStamps", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "RouteTableStamps",
                columns: new[] { "Id", "Stamp" },
                values: new object[] { 1, new Guid("00000000-0000-0000-0000-000000000000") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RouteTableStamps");
        }
    }
}
