output "load_balancer_dns_name" {
  description = "DNS name of the load balancer: point a CNAME (or Route 53 alias) at it."
  value       = module.load_balancer.dns_name
}

output "service_url" {
  description = "Base URL of the service through the load balancer."
  value       = var.certificate_arn != "" ? "https://${module.load_balancer.dns_name}" : "http://${module.load_balancer.dns_name}"
}

output "load_balancer_zone_id" {
  description = "Hosted zone id of the load balancer, for a Route 53 alias record."
  value       = module.load_balancer.zone_id
}

output "vpc_id" {
  description = "Id of the VPC."
  value       = module.network.vpc_id
}

output "autoscaling_group_name" {
  description = "Name of the service's auto-scaling group (aws autoscaling start-instance-refresh ...)."
  value       = module.compute.autoscaling_group_name
}

output "log_group_name" {
  description = "CloudWatch log group of the service containers."
  value       = module.compute.log_group_name
}

output "database_endpoint" {
  description = "Address and port of the PostgreSQL database (private subnets only)."
  value       = "${module.database.address}:${module.database.port}"
}

output "redis_endpoint" {
  description = "Primary endpoint of the Redis cache (TLS, private subnets only)."
  value       = "${module.cache.primary_endpoint}:${module.cache.port}"
}

output "bucket_name" {
  description = "Name of the S3 bucket for the service's files."
  value       = module.storage.bucket_name
}

output "secret_arns" {
  description = "ARNs of the Secrets Manager secrets the instances read at boot (values are never output)."
  value = {
    database = module.secrets.database_secret_arn
    redis    = module.secrets.redis_secret_arn
    jwt_keys = module.secrets.jwt_secret_arn
  }
}

output "budget_alarm_topic_arn" {
  description = "SNS topic of the monthly budget alarm; subscribe more endpoints to it as needed."
  value       = module.budget.topic_arn
}
