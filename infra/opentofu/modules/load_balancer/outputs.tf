output "dns_name" {
  description = "DNS name of the load balancer."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Hosted zone id of the load balancer (Route 53 alias)."
  value       = aws_lb.this.zone_id
}

output "arn_suffix" {
  description = "ARN suffix of the load balancer (CloudWatch metrics)."
  value       = aws_lb.this.arn_suffix
}

output "target_group_arn" {
  description = "ARN of the service's target group."
  value       = aws_lb_target_group.service.arn
}
