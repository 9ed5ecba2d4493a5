using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ispecia.Voip.Core.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FallbackQueueId",
                table: "InboundRoutes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CallQueues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    HoldMusicUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AnnounceEverySeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxWaitSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    AtMaxWait = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MaxWaitUserId = table.Column<string>(type: "TEXT", nullable: true),
                    MaxWaitTeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxWaitNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Strategy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RingTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false)
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
                    QueueId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QueueId = table.Column<int>(type: "INTEGER", nullable: false),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    CallSid = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    Caller = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CallerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnqueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    WaitSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    TwilioQueueSid = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    LastAnnouncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RingingUserId = table.Column<string>(type: "TEXT", nullable: true),
                    RingingSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RingingCallSid = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    RungUserIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
