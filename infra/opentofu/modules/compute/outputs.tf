output "autoscaling_group_name" {
  description = "Name of the auto-scaling group."
  value       = aws_autoscaling_group.service.name
}

output "launch_template_id" {
  description = "Id of the launch template."
  value       = aws_launch_template.service.id
}

output "instance_role_name" {
  description = "IAM role of the instances."
  value       = aws_iam_role.instance.name
}

output "log_group_name" {
  description = "CloudWatch log group of the containers."
  value       = aws_cloudwatch_log_group.service.name
}
