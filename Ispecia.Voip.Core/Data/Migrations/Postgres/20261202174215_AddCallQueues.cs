using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ispecia.Voip.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCallQueues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DestinationQueueId",
                table: "InboundRoutes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FallbackQueueId",
                table: "InboundRoutes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CallQueues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: true),
                    HoldMusicUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AnnounceEverySeconds = table.Column<int>(type: "integer", nullable: false),
                    MaxWaitSeconds = table.Column<int>(type: "integer", nullable: false),
                    AtMaxWait = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MaxWaitUserId = table.Column<string>(type: "text", nullable: true),
                    MaxWaitTeamId = table.Column<int>(type: "integer", nullable: true),
                    MaxWaitNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Strategy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RingTimeoutSeconds = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallQueues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallQueues_AspNetUsers_MaxWaitUserId",
                        column: x => x.MaxWaitUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallQueues_Teams_MaxWaitTeamId",
                        column: x => x.MaxWaitTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallQueues_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CallQueueMembers",
                columns: table => new
                {
                    QueueId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallQueueMembers", x => new { x.QueueId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CallQueueMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallQueueMembers_CallQueues_QueueId",
                        column: x => x.QueueId,
                        principalTable: "CallQueues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QueueEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QueueId = table.Column<int>(type: "integer", nullable: false),
                    CallId = table.Column<int>(type: "integer", nullable: false),
                    CallSid = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: false),
                    Caller = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CallerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    EnqueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnsweredByUserId = table.Column<string>(type: "text", nullable: true),
                    WaitSeconds = table.Column<int>(type: "integer", nullable: true),
                    TwilioQueueSid = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: true),
                    LastAnnouncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RingingUserId = table.Column<string>(type: "text", nullable: true),
                    RingingSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RingingCallSid = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: true),
                    RungUserIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QueueEntries_AspNetUsers_AnsweredByUserId",
                        column: x => x.AnsweredByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_QueueEntries_CallQueues_QueueId",
                        column: x => x.QueueId,
                        principalTable: "CallQueues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QueueEntries_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QueueEntries_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboundRoutes_DestinationQueueId",
                table: "InboundRoutes",
                column: "DestinationQueueId");

            migrationBuilder.CreateIndex(
                name: "IX_InboundRoutes_FallbackQueueId",
                table: "InboundRoutes",
                column: "FallbackQueueId");

            migrationBuilder.CreateIndex(
                name: "IX_CallQueueMembers_UserId",
                table: "CallQueueMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CallQueues_MaxWaitTeamId",
                table: "CallQueues",
                column: "MaxWaitTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_CallQueues_MaxWaitUserId",
                table: "CallQueues",
                column: "MaxWaitUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CallQueues_Name",
                table: "CallQueues",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallQueues_TeamId",
                table: "CallQueues",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueEntries_AnsweredByUserId",
                table: "QueueEntries",
                column: "AnsweredByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueEntries_CallId",
                table: "QueueEntries",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueEntries_CallSid",
                table: "QueueEntries",
                column: "CallSid");

            migrationBuilder.CreateIndex(
                name: "IX_QueueEntries_ContactId",
                table: "QueueEntries",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueEntries_QueueId_Outcome_EnqueuedAt",
                table: "QueueEntries",
                columns: new[] { "QueueId", "Outcome", "EnqueuedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_InboundRoutes_CallQueues_DestinationQueueId",
                table: "InboundRoutes",
                column: "DestinationQueueId",
                principalTable: "CallQueues",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_InboundRoutes_CallQueues_FallbackQueueId",
                table: "InboundRoutes",
                column: "FallbackQueueId",
                principalTable: "CallQueues",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InboundRoutes_CallQueues_DestinationQueueId",
                table: "InboundRoutes");

            migrationBuilder.DropForeignKey(
                name: "FK_InboundRoutes_CallQueues_FallbackQueueId",
                table: "InboundRoutes");

            migrationBuilder.DropTable(
                name: "CallQueueMembers");

            migrationBuilder.DropTable(
                name: "QueueEntries");

            migrationBuilder.DropTable(
                name: "CallQueues");

            migrationBuilder.DropIndex(
                name: "IX_InboundRoutes_DestinationQueueId",
                table: "InboundRoutes");

            migrationBuilder.DropIndex(
                name: "IX_InboundRoutes_FallbackQueueId",
                table: "InboundRoutes");

            migrationBuilder.DropColumn(
                name: "DestinationQueueId",
                table: "InboundRoutes");

            migrationBuilder.DropColumn(
                name: "FallbackQueueId",
                table: "InboundRoutes");
        }
    }
}
