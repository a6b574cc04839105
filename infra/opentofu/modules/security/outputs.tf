output "load_balancer_security_group_id" {
  description = "Security group of the load balancer."
  value       = aws_security_group.load_balancer.id
}

output "service_security_group_id" {
  description = "Security group of the service instances."
  value       = aws_security_group.service.id
}

output "database_security_group_id" {
  description = "Security group of the database."
  value       = aws_security_group.database.id
}

output "redis_security_group_id" {
  description = "Security group of the Redis cache."
  value       = aws_security_group.redis.id
}
