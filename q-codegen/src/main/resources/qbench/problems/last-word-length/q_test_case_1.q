result:solve["hello world"];
show result;
