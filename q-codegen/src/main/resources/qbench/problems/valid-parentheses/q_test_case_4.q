result:solve["([)]"];
show result;
