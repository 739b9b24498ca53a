-- CreateIndex
CREATE INDEX "users_deleted_at_idx" ON "users"("deleted_at");
