result:solve["aab"];
show result;
