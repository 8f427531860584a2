result:solve["ab"];
show result;
