# Secrets Manager secrets the instances read at boot (compute module's user data):
#   <name>/database         {"username": ..., "password": ...} of the RDS master user
#   <name>/redis            {"auth_token": ...} for ElastiCache (TLS + AUTH)
#   <name>/jwt-signing-keys {"keys": "kid:base64-secret"} shared by every instance (CADENZA_JWT_KEYS)
# Values are generated once by Secrets Manager itself and never change on later applies
# (ignore_changes); rotate by putting a new version and rolling the instances (see infra/README.md).
# They do pass through the OpenTofu state: keep the state in the encrypted backend only.

data "aws_secretsmanager_random_password" "database" {
  password_length     = 40
  exclude_punctuation = true
}

data "aws_secretsmanager_random_password" "redis" {
  password_length     = 64
  exclude_punctuation = true
}

# 48 characters from [A-Za-z0-9] are valid base64 for a 36-byte HMAC key.
data "aws_secretsmanager_random_password" "jwt" {
  password_length            = 48
  exclude_punctuation        = true
  require_each_included_type = true
}

resource "aws_secretsmanager_secret" "database" {
  name                    = "${var.name}/database"
  description             = "Cadenza PostgreSQL master credentials"
  recovery_window_in_days = var.recovery_window_days
}

resource "aws_secretsmanager_secret_version" "database" {
  secret_id = aws_secretsmanager_secret.database.id
  secret_string = jsonencode({
    username = var.database_username
    password = data.aws_secretsmanager_random_password.database.random_password
  })

  lifecycle {
    ignore_changes = [secret_string]
  }
}

resource "aws_secretsmanager_secret" "redis" {
  name                    = "${var.name}/redis"
  description             = "Cadenza ElastiCache Redis AUTH token"
  recovery_window_in_days = var.recovery_window_days
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id = aws_secretsmanager_secret.redis.id
  secret_string = jsonencode({
    auth_token = data.aws_secretsmanager_random_password.redis.random_password
  })

  lifecycle {
    ignore_changes = [secret_string]
  }
}

resource "aws_secretsmanager_secret" "jwt" {
  name                    = "${var.name}/jwt-signing-keys"
  description             = "Cadenza access-token signing keys (CADENZA_JWT_KEYS: kid:base64-secret[,...])"
  recovery_window_in_days = var.recovery_window_days
}

resource "aws_secretsmanager_secret_version" "jwt" {
  secret_id = aws_secretsmanager_secret.jwt.id
  secret_string = jsonencode({
    keys = "k1:${data.aws_secretsmanager_random_password.jwt.random_password}"
  })

  lifecycle {
    ignore_changes = [secret_string]
  }
}
