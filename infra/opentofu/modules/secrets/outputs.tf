output "database_secret_id" {
  description = "Id of the database credentials secret (read by the database module)."
  value       = aws_secretsmanager_secret_version.database.secret_id
}

output "database_secret_arn" {
  description = "ARN of the database credentials secret (read by the instances at boot)."
  value       = aws_secretsmanager_secret.database.arn
}

output "redis_secret_id" {
  description = "Id of the Redis AUTH token secret (read by the cache module)."
  value       = aws_secretsmanager_secret_version.redis.secret_id
}

output "redis_secret_arn" {
  description = "ARN of the Redis AUTH token secret (read by the instances at boot)."
  value       = aws_secretsmanager_secret.redis.arn
}

output "jwt_secret_arn" {
  description = "ARN of the token signing keys secret (read by the instances at boot)."
  value       = aws_secretsmanager_secret.jwt.arn
}
