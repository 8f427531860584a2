result:solve[100;75];
show result;
